package org.demandatlas.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Fills {@code {slot}} templates from the vocabulary. Values are appended literally (no regex replacement), so
 * any character, including {@code $}, is safe in a value.
 */
final class Templates {
    private Templates() {
    }

    /** The template with each {@code {slot}} replaced by {@code values.apply(slot)}, asked once per occurrence. */
    static String fill(String template, UnaryOperator<String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            out.append(template, from, open).append(values.apply(template.substring(open + 1, close)));
            from = close + 1;
            open = template.indexOf('{', from);
        }
        return out.append(template, from, template.length()).toString();
    }

    /** The slot names a template uses, in order of appearance; throws on an unclosed brace. */
    static List<String> slots(String template) {
        List<String> slots = new ArrayList<>();
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed { in template: " + template);
            }
            slots.add(template.substring(open + 1, close));
            open = template.indexOf('{', close);
        }
        return slots;
    }
}
