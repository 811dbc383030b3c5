package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.demandatlas.index.SearchQuery;
import org.junit.jupiter.api.Test;

/** Range and Accept-Encoding parsing, the answer cache. */
class HttpPartsTest {
    private static ByteRange.Outcome range(String header) {
        return ByteRange.parse(header, 1000);
    }

    @Test
    void byteRanges() {
        assertEquals(new ByteRange.Outcome.Part(new ByteRange(0, 99)), range("bytes=0-99"));
        assertEquals(new ByteRange.Outcome.Part(new ByteRange(900, 999)), range("bytes=900-"));
        assertEquals(new ByteRange.Outcome.Part(new ByteRange(990, 999)), range("bytes=-10"));
        assertEquals(new ByteRange.Outcome.Part(new ByteRange(0, 999)), range("bytes=-5000"));
        assertEquals(new ByteRange.Outcome.Part(new ByteRange(500, 999)), range("bytes=500-5000"));
        assertEquals(new ByteRange.Outcome.Unsatisfiable(), range("bytes=1000-"));
        assertEquals(new ByteRange.Outcome.Unsatisfiable(), range("bytes=-0"));
        for (String ignored : new String[] {null, "", "bytes=", "bytes=-", "bytes=5-2", "bytes=0-1,3-4", "items=0-1",
                "bytes=a-b", "bytes=99999999999999999999-"}) {
            assertEquals(new ByteRange.Outcome.Whole(), range(ignored), String.valueOf(ignored));
        }
        assertEquals("bytes 0-99/1000", new ByteRange(0, 99).contentRange(1000));
        assertEquals(100, new ByteRange(0, 99).length());
    }

    @Test
    void acceptedEncodings() {
        assertEquals(new AcceptEncoding(true, true), AcceptEncoding.parse("gzip, deflate, br"));
        assertEquals(new AcceptEncoding(true, false), AcceptEncoding.parse("GZIP;q=0.8"));
        assertEquals(new AcceptEncoding(false, true), AcceptEncoding.parse("br, gzip;q=0"));
        assertEquals(new AcceptEncoding(true, false), AcceptEncoding.parse("*"));
        assertEquals(AcceptEncoding.NONE, AcceptEncoding.parse("identity"));
        assertEquals(AcceptEncoding.NONE, AcceptEncoding.parse(null));
        assertEquals(AcceptEncoding.NONE, AcceptEncoding.parse("gzip; q=0.000"));
    }

    @Test
    void theAnswerCacheAnswersARepeatedQueryWithoutSearching() {
        AtomicInteger searches = new AtomicInteger();
        ResultCache cache = new ResultCache(true);
        byte[] first = cache.answer(SearchQuery.of("stings"), q -> new byte[] {(byte) searches.incrementAndGet()});
        byte[] again = cache.answer(SearchQuery.of("stings"), q -> new byte[] {(byte) searches.incrementAndGet()});
        assertEquals(1, searches.get());
        assertEquals(first, again);
        cache.answer(SearchQuery.of("stings").withState("CT"), q -> new byte[] {(byte) searches.incrementAndGet()});
        assertEquals(2, searches.get(), "another filter is another query");
        ResultCache off = new ResultCache(false);
        off.answer(SearchQuery.of("x"), q -> new byte[] {(byte) searches.incrementAndGet()});
        off.answer(SearchQuery.of("x"), q -> new byte[] {(byte) searches.incrementAndGet()});
        assertEquals(4, searches.get());
        assertEquals(0, off.size());
    }

    @Test
    void textTypesAreCompressedOthersNot() {
        assertTrue(ContentTypes.isText("text/html; charset=utf-8"));
        assertTrue(ContentTypes.isText("application/json"));
        assertTrue(ContentTypes.isText("image/svg+xml"));
        assertFalse(ContentTypes.isText("image/png"));
        assertFalse(ContentTypes.isText("font/woff2"));
    }
}
