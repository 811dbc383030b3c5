package org.demandatlas.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK's sentence boundaries, found once per text and then looked up: the highlighter asks for the boundaries
 * around every match ({@code preceding} re-scans the text on the JDK's iterator), and the bodies of the index never
 * change, so each text is scanned once and its boundaries kept (at most {@value #MAX_TEXTS} texts, keyed by a
 * 64-bit hash and the length). Behaves as {@code BreakIterator.getSentenceInstance(Locale.ROOT)} on the same text.
 */
final class RememberedBreaks extends BreakIterator {
    static final int MAX_TEXTS = 50_000;
    private final Map<Key, int[]> remembered;
    private CharacterIterator text = new StringCharacterIterator("");
    private int[] bounds = {0};
    private int at;

    record Key(long hash, int length) {
    }

    RememberedBreaks(Map<Key, int[]> remembered) {
        this.remembered = remembered;
    }

    /** A fresh memory of boundaries, to share between the iterators of one index. */
    static Map<Key, int[]> memory() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public void setText(String newText) {
        text = new StringCharacterIterator(newText);
        Key key = new Key(hash(newText), newText.length());
        int[] known = remembered.get(key);
        if (known == null) {
            known = scan(newText);
            if (remembered.size() >= MAX_TEXTS) {
                remembered.clear();
            }
            remembered.put(key, known);
        }
        bounds = known;
        at = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder all = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            all.append(c);
        }
        setText(all.toString());
    }

    private static int[] scan(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int[] found = new int[16];
        int count = 0;
        for (int b = sentences.first(); b != DONE; b = sentences.next()) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = b;
        }
        return Arrays.copyOf(found, count);
    }

    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    @Override
    public int first() {
        at = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        at = bounds.length - 1;
        return bounds[at];
    }

    @Override
    public int next(int n) {
        int target = at + n;
        if (target < 0 || target >= bounds.length) {
            at = target < 0 ? 0 : bounds.length - 1;
            return DONE;
        }
        at = target;
        return bounds[at];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        int i = Arrays.binarySearch(bounds, offset);
        int next = i >= 0 ? i + 1 : -i - 1;
        if (next >= bounds.length) {
            at = bounds.length - 1;
            return DONE;
        }
        at = next;
        return bounds[at];
    }

    @Override
    public int preceding(int offset) {
        int i = Arrays.binarySearch(bounds, offset);
        int previous = (i >= 0 ? i : -i - 1) - 1;
        if (previous < 0) {
            at = 0;
            return DONE;
        }
        at = previous;
        return bounds[at];
    }

    @Override
    public int current() {
        return bounds[at];
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public Object clone() {
        RememberedBreaks copy = new RememberedBreaks(remembered);
        copy.text = text;
        copy.bounds = bounds;
        copy.at = at;
        return copy;
    }
}
