package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Skipping text that cannot hold a credential must mask exactly what the patterns mask. */
class SecretsProperties {
    @Provide
    Arbitrary<String> texts() {
        // pieces of urls and keys in both cases, separators, and characters whose case folding is wider than ASCII's
        Arbitrary<String> piece = Arbitraries.of("//", "/", ":", "@", "=", "?", ";", "&", " ", "\n", ")", "jdbc:postgresql:",
                "user", "pw", "Password", "PASSWD", "pwd", "sslpassword", "secret", "TOKEN", "tok", "paſſword", "host:5432",
                "x", "ß", "%40", ".", "_");
        return piece.list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void theShortcutMasksWhatThePatternsMask(@ForAll("texts") String text) {
        assertThat(Secrets.maskUrl(text)).as(text).isEqualTo(Secrets.maskUrlByPatterns(text));
    }
}
