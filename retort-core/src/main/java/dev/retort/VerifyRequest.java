package dev.retort;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What {@link Retort#verify} proves.
 *
 * @param url      an empty database to verify in (left at base afterwards); null for a scratch
 *                 schema or database beside the configured one, dropped afterwards
 * @param from     the first revision to round-trip (earlier ones are only applied); null: all
 * @param data     the folder of data hooks ({@code <id>.sql}, {@code <id>.check.sql}), or null
 * @param progress hears each passed revision's progress line ({@code ok   <id>  <message>  0.12s})
 *                 as the walk goes; null: silent
 */
public record VerifyRequest(String url, String from, Path data, Consumer<String> progress) {
    public VerifyRequest {
        progress = progress == null ? line -> { } : progress;
    }
}
