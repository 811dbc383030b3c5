package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandatlas.model.Document;

/**
 * Makes document ids unique: the first document (in file order) keeps its id, later ones with the same id get the
 * first free {@code -2}, {@code -3}… suffix that no other document uses as its own id.
 */
final class DocumentIds {
    private static final int MAX_SLUG = 80;

    private DocumentIds() {
    }

    static List<Document> disambiguate(List<Document> documentsInFileOrder) {
        Set<String> taken = new HashSet<>();
        documentsInFileOrder.forEach(document -> taken.add(document.id()));
        Set<String> assigned = new HashSet<>();
        Map<String, Integer> nextSuffix = new HashMap<>();
        List<Document> result = new ArrayList<>(documentsInFileOrder.size());
        for (Document document : documentsInFileOrder) {
            if (assigned.add(document.id())) {
                result.add(document);
            } else {
                String id = freeId(document.id(), taken, nextSuffix);
                assigned.add(id);
                result.add(document.withId(id));
            }
        }
        return result;
    }

    private static String freeId(String base, Set<String> taken, Map<String, Integer> nextSuffix) {
        int suffix = nextSuffix.getOrDefault(base, 2);
        String id = withSuffix(base, suffix);
        while (taken.contains(id)) {
            suffix++;
            id = withSuffix(base, suffix);
        }
        nextSuffix.put(base, suffix + 1);
        taken.add(id);
        return id;
    }

    private static String withSuffix(String base, int suffix) {
        String tail = "-" + suffix;
        String head = base.length() + tail.length() > MAX_SLUG ? base.substring(0, MAX_SLUG - tail.length()) : base;
        while (head.endsWith("-")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + tail;
    }
}
