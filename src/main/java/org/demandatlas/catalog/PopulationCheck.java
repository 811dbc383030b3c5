package org.demandatlas.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.model.Block;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.QualityItem;
import org.demandatlas.model.QualityKind;
import org.demandatlas.routes.Anchors;
import org.demandatlas.routes.Routes;

/**
 * Compares a population stated in the narrative ({@code a population of approximately 114,000},
 * {@code a town of approximately 13,000 residents}) with the trailer's. Narratives round, so figures within
 * {@value #TOLERANCE_PERCENT}% are reported as rounded (for information), beyond it as differing.
 */
final class PopulationCheck {
    static final double TOLERANCE_PERCENT = 2.0;
    private static final String ABOUT = "(?:(?:approximately|about|nearly|roughly|some|around|over|more than)\\s+)?";
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d{4,})";
    private static final Pattern STATED = Pattern.compile("\\bpopulation of\\s+" + ABOUT + NUMBER + "|\\bof\\s+"
            + ABOUT + NUMBER + "\\s+(?:residents|people|inhabitants)\\b");

    private PopulationCheck() {
    }

    static Optional<QualityItem> of(Jurisdiction j, String file) {
        if (j.population() == null) {
            return Optional.empty();
        }
        for (Block block : j.narrative()) {
            Matcher m = STATED.matcher(block.text());
            if (m.find()) {
                String number = m.group(1) != null ? m.group(1) : m.group(2);
                return Optional.of(item(j, file, block.line(), Long.parseLong(number.replace(",", ""))));
            }
        }
        return Optional.empty();
    }

    private static QualityItem item(Jurisdiction j, String file, int line, long stated) {
        double percent = Math.abs(stated - j.population()) * 100.0 / j.population();
        boolean differs = percent > TOLERANCE_PERCENT;
        String message = String.format(Locale.ROOT, "narrative says %,d, trailer says %,d (%.1f%% apart; %s the "
                + "%.0f%% tolerance%s)", stated, j.population(), percent, differs ? "beyond" : "within",
                TOLERANCE_PERCENT, differs ? ": one of them is wrong or out of date" : ", a rounded figure");
        return new QualityItem(QualityKind.POPULATION, j.id(), message, file, line,
                Routes.anchored(Routes.jurisdiction(j.id()), Anchors.NARRATIVE));
    }
}
