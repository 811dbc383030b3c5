package org.demandatlas.parse;

import java.util.Optional;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.States;

/**
 * Checks a header's place name and state code. The code must be a U.S. state's (else an error at its column and no
 * jurisdiction); the name at most {@value #MAX_NAME_CHARS} characters. A name with characters no place name has
 * ({@code ../../etc/passwd}, {@code <script>}) is accepted as text with a warning: its slug is made safe by
 * {@code Slugs.slugify} ({@code etc-passwd}) and escaping is the renderer's job.
 */
final class HeaderChecks {
    static final int MAX_NAME_CHARS = 60;
    private static final String NAME_PUNCTUATION = ".-'\u2019()& ";

    private HeaderChecks() {
    }

    /** The header's state, empty (with an error) when the code is unknown. */
    static Optional<StateRef> state(ParseContext context, HeaderLine header, States states) {
        Optional<StateRef> state = states.findByCode(header.code());
        if (state.isEmpty()) {
            context.error(header.line(), header.codeColumn(), "unknown state code '" + header.code()
                    + "' (expected a two-letter U.S. state code such as CT)");
        }
        return state;
    }

    /** Whether the name can name a jurisdiction; reports a name too long (error) or with odd characters. */
    static boolean checkName(ParseContext context, HeaderLine header) {
        String name = header.name();
        if (name.length() > MAX_NAME_CHARS) {
            context.error(header.line(), header.nameColumn(), "name is " + name.length()
                    + " characters long (expected at most " + MAX_NAME_CHARS + ")");
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK
                    && NAME_PUNCTUATION.indexOf(c) < 0) {
                context.warn(header.line(), header.nameColumn() + i, "unusual character '" + c + "' in name '"
                        + name + "' (expected letters, digits, spaces and . - ' \u2019 ( ) &)");
                break;
            }
        }
        return true;
    }
}
