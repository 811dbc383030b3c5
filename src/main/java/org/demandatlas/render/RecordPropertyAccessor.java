package org.demandatlas.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

/**
 * Reads record components ({@code ${page.title}}) for Thymeleaf's expression language, OGNL, through accessors
 * looked up once per record class. OGNL alone finds no JavaBean getter on a record and falls back to scanning
 * {@code Class.getMethods()} on every access, which made rendering large sites several times slower. Anything
 * that is not a record component is left to OGNL's own accessor.
 */
final class RecordPropertyAccessor implements PropertyAccessor {
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
                accessors.put(component.getName(), component.getAccessor());
            }
            return Map.copyOf(accessors);
        }
    };
    private final ObjectPropertyAccessor fallback = new ObjectPropertyAccessor();

    private RecordPropertyAccessor() {
    }

    /** Registers the accessor for every record class (OGNL's registry is global; registering twice is harmless). */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        Method accessor = name instanceof String key ? COMPONENTS.get(target.getClass()).get(key) : null;
        if (accessor == null) {
            return fallback.getProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new OgnlException("cannot read " + name + " of " + target.getClass().getName(), e);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void setProperty(Map context, Object target, Object name, Object value) throws OgnlException {
        throw new OgnlException("records are read-only: " + name);
    }

    @Override
    public String getSourceAccessor(ognl.OgnlContext context, Object target, Object name) {
        return fallback.getSourceAccessor(context, target, name);
    }

    @Override
    public String getSourceSetter(ognl.OgnlContext context, Object target, Object name) {
        return fallback.getSourceSetter(context, target, name);
    }
}
