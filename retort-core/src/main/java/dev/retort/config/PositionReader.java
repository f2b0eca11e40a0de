package dev.retort.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * A reader that knows the line and column of the last character it handed out. The TOML
 * parser's errors name no position; the parser reads one character at a time, so where the
 * reader stopped is where the parser gave up.
 */
final class PositionReader extends Reader {
    private final StringReader in;
    private int line = 1;
    private int column;
    private int previousLineEnd;

    PositionReader(String text) {
        this.in = new StringReader(text);
    }

    /** A parser that stopped at a line's end read its newline: the position is that line's end. */
    int line() {
        return column == 0 && line > 1 ? line - 1 : line;
    }

    /** 1-based. */
    int column() {
        return column == 0 && line > 1 ? previousLineEnd : Math.max(column, 1);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        for (int i = off; i < off + n; i++) {
            count(buf[i]);
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    private void count(char c) {
        if (c == '\n') {
            previousLineEnd = column + 1;
            line++;
            column = 0;
        } else {
            column++;
        }
    }

    @Override
    public void close() {
        in.close();
    }
}
