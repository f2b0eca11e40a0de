package dev.retort;

import dev.retort.config.RetortConfig;
import dev.retort.verify.VerifyReport;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Verify's internal report for the verify tests, which assert more than the API's VerifyResult carries. */
public final class VerifyHarness {
    private VerifyHarness() {}

    public static VerifyReport run(RetortConfig config, String url, String from, Path data, Consumer<VerifyReport.Passed> progress) {
        return Verification.run(config, new Verification.Options(url, from, data, List.of(), progress));
    }
}
