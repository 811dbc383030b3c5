package org.demandatlas.serve;

import org.eclipse.jetty.http.DateParser;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Conditional requests (RFC 9110 §13): {@code If-None-Match} (weak comparison, any representation's tag, or
 * {@code *}) and, only without it, {@code If-Modified-Since} (whole seconds) make a 304; {@code If-Range} keeps a
 * range request partial only while its tag (strong) or date still names the file.
 */
final class Conditional {
    private Conditional() {
    }

    static boolean notModified(HttpFields request, SiteFile file) {
        String noneMatch = request.get(HttpHeader.IF_NONE_MATCH);
        if (noneMatch != null) {
            for (String tag : noneMatch.split(",")) {
                String bare = tag.strip().startsWith("W/") ? tag.strip().substring(2) : tag.strip();
                if (bare.equals("*") || bare.equals(file.etag()) || bare.equals(file.etag("gzip"))
                        || bare.equals(file.etag("br"))) {
                    return true;
                }
            }
            return false;
        }
        long since = parseDate(request.get(HttpHeader.IF_MODIFIED_SINCE));
        return since >= 0 && file.modified() / 1000 <= since / 1000;
    }

    static boolean rangeStillValid(HttpFields request, SiteFile file) {
        String ifRange = request.get(HttpHeader.IF_RANGE);
        if (ifRange == null) {
            return true;
        }
        String tag = ifRange.strip();
        if (tag.startsWith("\"")) {
            return tag.equals(file.etag());
        }
        long date = parseDate(tag);
        return date >= 0 && date / 1000 == file.modified() / 1000;
    }

    private static long parseDate(String value) {
        return value == null ? -1 : DateParser.parseDate(value);
    }
}
