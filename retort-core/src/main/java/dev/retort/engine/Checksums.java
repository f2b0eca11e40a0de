package dev.retort.engine;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Revision checksums, stable across releases and platforms.
 *
 * <p>The algorithm: take the file's bytes as stored (no decoding, so the encoding does not
 * matter); replace every CR LF pair (bytes 0x0D 0x0A) by LF (0x0A), then every remaining lone
 * CR (0x0D) by LF; compute SHA-256 over the result; write the 32-byte digest as 64 lower-case
 * hexadecimal digits. Nothing else is normalised: a changed space, a trailing newline or a byte
 * order mark changes the checksum. The same file checked out with Windows or Unix line endings
 * has one checksum. Shell equivalent: {@code sed 's/\r$//' FILE | tr '\r' '\n' | sha256sum}.
 */
public final class Checksums {
    private Checksums() {}

    public static String of(byte[] fileBytes) {
        ByteArrayOutputStream normalised = new ByteArrayOutputStream(fileBytes.length);
        for (int i = 0; i < fileBytes.length; i++) {
            byte b = fileBytes[i];
            if (b == '\r') {
                normalised.write('\n');
                if (i + 1 < fileBytes.length && fileBytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                normalised.write(b);
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
