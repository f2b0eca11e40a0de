package dev.retort.maven;

import dev.retort.SecretMask;
import java.io.Writer;
import org.apache.maven.plugin.logging.Log;

/** Lines written to it become INFO lines of the build log, with the run's secrets masked. */
final class LogWriter extends Writer {
    private final Log log;
    private final SecretMask mask;
    private final StringBuilder line = new StringBuilder();

    LogWriter(Log log, SecretMask mask) {
        this.log = log;
        this.mask = mask;
    }

    @Override
    public void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    private void emit() {
        log.info(mask.mask(line.toString()));
        line.setLength(0);
    }

    @Override
    public void flush() {
        // a partial line waits for its end: the log has no way to continue a line
    }

    @Override
    public void close() {
        if (line.length() > 0) {
            emit();
        }
    }
}
