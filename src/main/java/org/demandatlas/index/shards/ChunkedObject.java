package org.demandatlas.index.shards;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A large sorted JSON object cut into shards of about {@code targetBytes} each, in key order, like Pagefind's
 * index chunks: the manifest lists the first key of every shard, so a client finds the one shard that can hold a
 * key by binary search and fetches nothing else. A member larger than the target gets a shard of its own.
 */
final class ChunkedObject {
    private final ShardWriter writer;
    private final String prefix;
    private final int targetBytes;
    private final List<String> firstKeys = new ArrayList<>();
    private final StringBuilder members = new StringBuilder();
    private String firstKey;

    ChunkedObject(ShardWriter writer, String prefix, int targetBytes) {
        this.writer = writer;
        this.prefix = prefix;
        this.targetBytes = targetBytes;
    }

    /** Adds a member; keys must come in ascending order. */
    void add(String key, String jsonValue) throws IOException {
        String member = ShardWriter.json(key) + ":" + jsonValue;
        if (firstKey != null && members.length() + member.length() > targetBytes) {
            flush();
        }
        if (firstKey == null) {
            firstKey = key;
        } else {
            members.append(',');
        }
        members.append(member);
    }

    /** Writes the last shard; returns the first key of every shard, in order (shard {@code i} is PREFIX-i). */
    List<String> finish() throws IOException {
        if (firstKey != null) {
            flush();
        }
        return List.copyOf(firstKeys);
    }

    static String shardName(String prefix, int number) {
        return prefix + "-" + String.format(java.util.Locale.ROOT, "%04d", number);
    }

    private void flush() throws IOException {
        writer.writeRaw(shardName(prefix, firstKeys.size()), "{" + members + "}");
        firstKeys.add(firstKey);
        members.setLength(0);
        firstKey = null;
    }
}
