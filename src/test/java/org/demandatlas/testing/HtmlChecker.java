package org.demandatlas.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The W3C Nu HTML Checker as a library: checks files and collects errors and warnings as {@code file:line:col: …}. */
public final class HtmlChecker implements ErrorHandler {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    private String file = "";

    public HtmlChecker() {
        try {
            validator.setUpMainSchema(HTML_SCHEMA, this);
            validator.setUpValidatorAndParsers(this, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu HTML Checker", e);
        }
    }

    /** Checks one file; {@code name} is how problems name it. */
    public void check(Path path, String name) throws IOException, SAXException {
        file = name;
        validator.checkHtmlFile(path.toFile(), true);
    }

    public List<String> errors() {
        return errors;
    }

    public List<String> warnings() {
        return warnings;
    }

    @Override
    public void warning(SAXParseException e) {
        warnings.add(describe(e));
    }

    @Override
    public void error(SAXParseException e) {
        errors.add(describe(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
        error(e);
    }

    private String describe(SAXParseException e) {
        return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
