package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionInfoTest {
    private static Properties props(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void printsVersionCommitAndJavaRuntime() {
        VersionInfo.Build build = VersionInfo.Build.of(props("version", "1.2.3", "commit", "0123456789ab"));
        Properties system = props("java.runtime.version", "21.0.5+11-LTS", "java.vendor", "Eclipse Adoptium",
                "java.vm.name", "OpenJDK 64-Bit Server VM", "java.home", "/opt/jdk-21");
        assertThat(VersionInfo.lines(build, system)).containsExactly("retort 1.2.3", "commit 0123456789ab",
                "Java 21.0.5+11-LTS (Eclipse Adoptium, OpenJDK 64-Bit Server VM) at /opt/jdk-21");
    }

    @Test
    void whatTheBuildDidNotRecordIsUnknown() {
        // no git at build time, or the resource not filtered (classes compiled outside Maven)
        assertThat(VersionInfo.Build.of(props("version", "1.2.3", "commit", "unknown")).commit()).isEqualTo("unknown");
        assertThat(VersionInfo.Build.of(props("version", "${project.version}", "commit", "${retort.commit}")))
                .isEqualTo(new VersionInfo.Build("unknown", "unknown"));
        assertThat(VersionInfo.Build.of(new Properties())).isEqualTo(new VersionInfo.Build("unknown", "unknown"));
    }

    @Test
    void theBuildRecordedThisVersionAndACommit() {
        VersionInfo.Build build = VersionInfo.Build.load();
        assertThat(build.version()).isNotEqualTo("unknown").startsWith(Main.VERSION.replace("retort ", ""));
        assertThat(build.commit()).matches("[0-9a-f]{7,40}(-dirty)?|unknown");
    }
}
