package org.demandatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demandatlas.model.Problem;
import org.demandatlas.model.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextIngesterTest {
    private static final String FILE = "seeds/x.txt";
    private final TextIngester ingester = new TextIngester();

    private SourceText read(String text) {
        return ingester.read(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    private static SourceText readBytes(int... bytes) {
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
        }
        return new TextIngester().read(FILE, raw);
    }

    private static List<String> formatted(SourceText text) {
        return text.problems().stream().map(Problem::format).toList();
    }

    @Test
    void hashesTheRawBytesInLowerCaseHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", read("abc").sha256());
    }

    @Test
    void hashIsOverRawBytesEvenWhenNormalised() {
        assertEquals(read("a\r\nb").lines(), read("a\nb").lines());
        assertTrue(!read("a\r\nb").sha256().equals(read("a\nb").sha256()));
    }

    @Test
    void normalisesCrlfAndLoneCrKeepingLineNumbers() {
        SourceText text = read("one\r\ntwo\rthree\nfour\r\n\r\nsix");
        assertEquals(List.of("one", "two", "three", "four", "", "six"), text.lines());
        assertEquals("three", text.line(3));
    }

    @Test
    void finalLineBreakEndsTheLastLineWithoutAddingOne() {
        assertEquals(List.of("a", "b"), read("a\nb\n").lines());
        assertEquals(List.of("a", "b", ""), read("a\nb\n\n").lines());
        assertEquals(List.of("a", "b"), read("a\nb").lines());
    }

    @Test
    void spacesOfEveryKindBecomePlainSpacesOneForOne() {
        SourceText text = read("a\u00a0b\u2007c\u202Fd\te\u3000f\u2028g  h");
        assertEquals(List.of("a b c d e f g  h"), text.lines());
        assertEquals(List.of(), text.problems());
    }

    @Test
    void keepsCurlyQuotesDollarsAndEverythingElse() {
        assertEquals(List.of("\u201CHe said $1\u2019s \\worth\u201D \u2013 \u00a7 53a"),
                read("\u201CHe said $1\u2019s \\worth\u201D \u2013 \u00a7 53a").lines());
    }

    @Test
    void dropsAUtf8ByteOrderMark() {
        SourceText text = readBytes(0xEF, 0xBB, 0xBF, 'H', 'i', '\n', 'x');
        assertEquals(List.of("Hi", "x"), text.lines());
        assertEquals("UTF-8", text.encoding());
        assertEquals(List.of(), text.problems());
    }

    @Test
    void readsInvalidUtf8AsWindows1252WithAWarningAtTheFirstBadByte() {
        SourceText text = readBytes('a', '\r', '\n', 'b', '\n', 'a', 'b', 0x93, 'q', 0x94, ' ', 0x80);
        assertEquals(List.of("a", "b", "ab\u201Cq\u201D \u20AC"), text.lines());
        assertEquals("windows-1252", text.encoding());
        assertEquals(List.of("seeds/x.txt:3:3: warning: not valid UTF-8; read as Windows-1252"), formatted(text));
    }

    @Test
    void countsTheFallbackColumnInCharactersNotBytes() {
        SourceText text = readBytes(0xC3, 0xA9, 0xC3, 0xA9, 0xE9);
        assertEquals(List.of("seeds/x.txt:1:3: warning: not valid UTF-8; read as Windows-1252"), formatted(text));
        assertEquals(List.of("\u00C3\u00A9\u00C3\u00A9\u00E9"), text.lines());
    }

    @Test
    void emptyFileIsAnError() {
        SourceText text = readBytes();
        assertEquals(List.of(), text.lines());
        assertEquals(List.of("seeds/x.txt:0:0: error: file is empty (expected a profile, article or press release)"),
                formatted(text));
        assertEquals(formatted(text), formatted(readBytes(0xEF, 0xBB, 0xBF)));
    }

    @Test
    void whiteSpaceOnlyFileIsAnErrorAndKeepsItsLines() {
        SourceText text = read("  \n\t\n\u00a0\n");
        assertEquals(List.of("  ", " ", " "), text.lines());
        assertEquals(List.of("seeds/x.txt:0:0: error: file has only white space (expected a profile, article or"
                + " press release)"), formatted(text));
    }

    @Test
    void nulByteMakesTheFileBinaryAtItsPosition() {
        SourceText text = read("Hartford, CT\n\nTac\0tics Used\n");
        assertEquals(List.of(), text.lines());
        assertEquals(List.of("seeds/x.txt:3:4: error: file is binary, not text: NUL byte (expected UTF-8 or"
                + " Windows-1252 text)"), formatted(text));
    }

    @Test
    void aFewControlCharactersAreReadAsSpacesWithOneWarning() {
        assertEquals(List.of("seeds/x.txt:2:2: warning: control character U+0007 read as a space"),
                formatted(read("ok\na\u0007b")));
        assertEquals(List.of("a b"), read("a\u0007b").lines());
        SourceText several = read("a\u001Bb\n\u007F\u0085\u0090");
        assertEquals(List.of("a b", "   "), several.lines());
        assertEquals(List.of("seeds/x.txt:1:2: warning: 3 control characters read as spaces (first U+001B)"),
                formatted(several));
    }

    @Test
    void manyControlCharactersMakeTheFileBinary() {
        SourceText text = read("text\n" + "\u0001".repeat(TextIngester.MAX_CONTROL_CHARS + 1));
        assertEquals(List.of(), text.lines());
        assertEquals(List.of("seeds/x.txt:2:1: error: file is binary, not text: 9 control characters (expected"
                + " UTF-8 or Windows-1252 text)"), formatted(text));
    }

    @Test
    void utf16IsRejected() {
        assertEquals(List.of("seeds/x.txt:0:0: error: file is UTF-16 text (expected UTF-8 or Windows-1252)"),
                formatted(readBytes(0xFF, 0xFE, 'H', 0, 'i', 0)));
    }

    @Test
    void lineLongerThanTheLimitIsAnErrorAndReadAsEmpty() {
        String longLine = "x".repeat(TextIngester.MAX_LINE_CHARS + 1);
        SourceText text = read("Hartford, CT\n" + longLine + "\nlast");
        assertEquals(List.of("Hartford, CT", "", "last"), text.lines());
        assertEquals(List.of("seeds/x.txt:2:1: error: line is 100001 characters long (expected at most 100000)"),
                formatted(text));
        assertEquals(List.of(), read("x".repeat(TextIngester.MAX_LINE_CHARS)).problems());
    }

    @Test
    void fileLargerThanTheLimitIsAnErrorWithoutLines() {
        byte[] bytes = new byte[(int) TextIngester.MAX_FILE_BYTES + 1];
        SourceText text = ingester.read(FILE, bytes);
        assertEquals(List.of(), text.lines());
        assertEquals(List.of("seeds/x.txt:0:0: error: file is 8388609 bytes (expected at most 8388608)"),
                formatted(text));
    }

    @Test
    void readsFilesFromDiskAndStreamsTheHashOfATooLargeOne(@TempDir Path dir) throws IOException {
        Path small = Files.writeString(dir.resolve("small.txt"), "abc");
        assertEquals(read("abc"), ingester.read(small, FILE));
        Path large = dir.resolve("large.txt");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(TextIngester.MAX_FILE_BYTES + 1);
        }
        SourceText text = ingester.read(large, "large.txt");
        assertEquals(List.of("large.txt:0:0: error: file is 8388609 bytes (expected at most 8388608)"),
                formatted(text));
        assertEquals(ingester.read("large.txt", Files.readAllBytes(large)).sha256(), text.sha256());
    }

    @Test
    void unreadableFileIsAnErrorNotAnException(@TempDir Path dir) {
        SourceText text = ingester.read(dir.resolve("missing.txt"), "seeds/missing.txt");
        assertEquals(List.of(), text.lines());
        assertEquals(1, text.problems().size());
        assertTrue(text.problems().get(0).format().startsWith(
                "seeds/missing.txt:0:0: error: file cannot be read: NoSuchFileException "), formatted(text)::toString);
    }
}
