package dev.retort.doctor;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * DESIGN §5's revision checksum: SHA-256 of the file with line endings normalised to LF
 * (CRLF and a lone CR both become LF), as lowercase hex.
 */
final class Checksum {
    private Checksum() {}

    static String of(byte[] bytes) {
        byte[] normal = new byte[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\r') {
                normal[n++] = '\n';
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                normal[n++] = b;
            }
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(normal, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
