package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.render.page.BlockView;
import org.demandatlas.text.Sentences;

/**
 * How non-profile documents are presented: a press release's recommendations (the list after a paragraph that
 * introduces recommendations) as a list of recommendations, bulleted as the release writes them (not numbered), and an article's statistics (sentences with a number or a
 * percentage) gathered as unsourced claims.
 */
final class DocumentPresentation {
    private DocumentPresentation() {
    }

    static List<BlockView> body(Document document) {
        List<BlockView> blocks = ViewFactory.blocks(document.body());
        if (document.kind() != DocumentKind.PRESS_RELEASE) {
            return blocks;
        }
        List<BlockView> shown = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            BlockView block = blocks.get(i);
            boolean recommendations = block.kind().equals("list") && i > 0 && blocks.get(i - 1).text() != null
                    && blocks.get(i - 1).text().toLowerCase(Locale.ROOT).contains("recommendation");
            shown.add(recommendations ? new BlockView("recommendations", "", null, block.items(), block.itemAnchors()) : block);
        }
        return shown;
    }

    static List<String> claims(Document document) {
        if (document.kind() != DocumentKind.ARTICLE) {
            return List.of();
        }
        List<String> claims = new ArrayList<>();
        for (Block block : document.body()) {
            if (block.kind() != BlockKind.HEADING) {
                Sentences.split(block.text()).stream().filter(s -> s.matches(".*(\\d|%).*")).forEach(claims::add);
            }
        }
        return claims;
    }
}
