package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.Partner;
import org.demandatlas.model.ProblemKind;
import org.demandatlas.model.Slugs;

/**
 * Reads Key Partners: one partner per bulleted line ({@code  • Name}; also {@code -}, {@code *}, {@code ·}). A name
 * may contain commas ({@code Community Court (State of Connecticut, Judicial Branch)}). A line without a bullet is
 * still a partner, with a warning; a partner named twice (same slug) is kept once, with a warning.
 */
final class PartnerListParser {
    private PartnerListParser() {
    }

    static List<Partner> parse(ParseContext context, List<Integer> lines) {
        Map<String, Partner> byId = new HashMap<>();
        List<Partner> partners = new ArrayList<>();
        for (int n : lines) {
            context.role(n, LineRole.PARTNER);
            Optional<String> bulleted = Text.findBulletItem(context.line(n));
            if (bulleted.isEmpty()) {
                context.warn(n, context.firstColumn(n), "partner without bullet");
            }
            String name = bulleted.orElseGet(() -> Text.collapse(context.line(n)));
            Partner partner = new Partner(Slugs.slugify(name), name, n);
            Partner first = byId.putIfAbsent(partner.id(), partner);
            if (first == null) {
                partners.add(partner);
            } else {
                context.role(n, LineRole.DUPLICATE);
                context.warn(ProblemKind.DUPLICATE, n, context.firstColumn(n),
                        "duplicate partner '" + Text.excerpt(name)
                        + "' (first at line " + first.line() + ")");
            }
        }
        return partners;
    }
}
