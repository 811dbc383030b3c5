package org.demandatlas.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;

/**
 * Decodes bytes as UTF-8 (dropping a byte order mark), or as Windows-1252 when they are not valid UTF-8, with a
 * warning located at the first invalid byte (line and column counted in the characters decoded before it).
 */
final class TextDecoder {
    static final String UTF_8 = "UTF-8";
    static final String WINDOWS_1252 = "windows-1252";
    private static final Charset CP1252 = Charset.forName(WINDOWS_1252);

    record Decoded(String text, String encoding, List<Problem> problems) {
    }

    private TextDecoder() {
    }

    static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    static Decoded decode(String file, byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return new Decoded(out.flip().toString(), UTF_8, List.of());
        }
        String text = new String(bytes, start, bytes.length - start, CP1252);
        return new Decoded(text, WINDOWS_1252, List.of(fallbackWarning(file, out.flip())));
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** The warning at the line and column of the first invalid byte, which follows {@code before}. */
    private static Problem fallbackWarning(String file, CharSequence before) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            boolean crlf = c == '\r' && i + 1 < before.length() && before.charAt(i + 1) == '\n';
            if ((c == '\n' || c == '\r') && !crlf) {
                line++;
                column = 1;
            } else if (!crlf) {
                column++;
            }
        }
        return Problem.warning(ProblemKind.INPUT, file, line, column, "not valid UTF-8; read as Windows-1252");
    }
}
