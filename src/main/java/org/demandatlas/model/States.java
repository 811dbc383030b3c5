package org.demandatlas.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The 50 states and DC, by code and by full name (loaded from a resource file by the catalog). */
public final class States {
    private final List<StateRef> all;
    private final Map<String, StateRef> byCode = new LinkedHashMap<>();
    private final Map<String, StateRef> byName = new LinkedHashMap<>();

    public States(List<StateRef> states) {
        this.all = List.copyOf(states);
        for (StateRef state : all) {
            byCode.put(state.code(), state);
            byName.put(Taxonomy.key(state.name()), state);
        }
    }

    public List<StateRef> all() {
        return all;
    }

    public Optional<StateRef> findByCode(String code) {
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public StateRef requireByCode(String code) {
        return findByCode(code).orElseThrow(() -> new IllegalArgumentException("unknown state code " + code));
    }

    public Optional<StateRef> findByName(String name) {
        return Optional.ofNullable(byName.get(Taxonomy.key(name)));
    }
}
