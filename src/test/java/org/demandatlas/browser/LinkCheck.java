package org.demandatlas.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Requests every same-origin link and resource of the current page and lists those that do not answer 200. */
final class LinkCheck {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private LinkCheck() {
    }

    static List<String> brokenLinks(WebDriver driver, String origin) {
        List<String> broken = new ArrayList<>();
        for (String url : sameOriginUrls(driver, origin)) {
            int status = status(url);
            if (status != 200) {
                broken.add(status + " " + url);
            }
        }
        return broken;
    }

    /** Links to the page itself (skip link, section anchors) are left to the render stage's fragment checker. */
    private static Set<String> sameOriginUrls(WebDriver driver, String origin) {
        String self = withoutFragment(driver.getCurrentUrl());
        Set<String> urls = new LinkedHashSet<>();
        for (WebElement element : driver.findElements(By.cssSelector("a[href], link[href], script[src], img[src]"))) {
            String url = element.getDomProperty(element.getTagName().equals("a")
                    || element.getTagName().equals("link") ? "href" : "src");
            if (url != null && url.startsWith(origin) && !withoutFragment(url).equals(self)) {
                urls.add(withoutFragment(url));
            }
        }
        return urls;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
