package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlWhitespaceTest {
    @Test
    void indentationAndBlankLinesGoOutsidePre() {
        String html = "<ul>\n    <li><a href=\"x\">X</a>\n      and <b>y</b></li>\n   \n\n  </ul>\n";
        assertEquals("<ul>\n<li><a href=\"x\">X</a>\nand <b>y</b></li>\n</ul>\n", HtmlWhitespace.compact(html));
    }

    @Test
    void preTextIsKeptAsWritten() {
        String html = "<div>\n    <pre class=\"cite-block\">@misc{x,\n  title = {T},\n\n}</pre>\n"
                + "    <p>after</p>\n</div>";
        assertEquals("<div>\n<pre class=\"cite-block\">@misc{x,\n  title = {T},\n\n}</pre>\n<p>after</p>\n</div>",
                HtmlWhitespace.compact(html));
    }

    @Test
    void theTextReadIsTheSame() {
        String html = "<p>\n    Police <em>arrested</em>\n    buyers.\n</p>\n  <pre>  a\n   b</pre>";
        assertEquals(Jsoup.parse(html).text(), Jsoup.parse(HtmlWhitespace.compact(html)).text());
        assertEquals(Jsoup.parse(html).select("pre").first().wholeText(),
                Jsoup.parse(HtmlWhitespace.compact(html)).select("pre").first().wholeText());
    }
}
