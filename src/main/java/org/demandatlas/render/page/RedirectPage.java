package org.demandatlas.render.page;

/**
 * {@code /site/<name>-<st>/index.html}: where a profile lived on the old site. Points to the profile by a relative
 * link ({@code targetHref}), a canonical URL (absolute with a base URL) and an immediate refresh.
 */
public record RedirectPage(String name, String targetHref, String canonical, String css) {
}
