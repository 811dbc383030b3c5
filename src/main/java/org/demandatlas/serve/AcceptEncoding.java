package org.demandatlas.serve;

import java.util.Locale;

/** Which content codings an {@code Accept-Encoding} header accepts (a coding with {@code q=0} is refused). */
record AcceptEncoding(boolean gzip, boolean brotli) {
    static final AcceptEncoding NONE = new AcceptEncoding(false, false);

    static AcceptEncoding parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        boolean gzip = false;
        boolean brotli = false;
        for (String part : header.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip();
            boolean refused = pieces.length > 1 && pieces[1].replace(" ", "").matches("q=0(\\.0*)?");
            if (!refused) {
                gzip |= coding.equals("gzip") || coding.equals("*");
                brotli |= coding.equals("br");
            }
        }
        return new AcceptEncoding(gzip, brotli);
    }
}
