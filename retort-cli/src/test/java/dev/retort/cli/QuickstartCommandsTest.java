package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only graph commands on examples/quickstart, whose output matches Alembic's for the same graph. */
class QuickstartCommandsTest {
    @TempDir
    Path tmp;

    Path project;

    @BeforeEach
    void copyExample() throws IOException {
        project = CliRun.quickstart(tmp);
    }

    private CliRun.Result ok(String... args) {
        CliRun.Result r = CliRun.run(project, args);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        return r;
    }

    @Test
    void heads() {
        assertThat(ok("heads").out()).isEqualTo("6fc2814d7065 (reporting) (head)\n");
        assertThat(ok("heads", "--resolve-dependencies").out()).isEqualTo("6fc2814d7065 (reporting) (head)\n");
        assertThat(ok("heads", "-v").out()).isEqualTo("""
                Rev: 6fc2814d7065 (head)
                Parent: 5eb1703c6f54
                Branch names: reporting
                Path: migrations/versions/6fc2814d7065_index_users_by_email.java

                    Index users by email

                    Create Date: 2025-01-10 16:20:00

                """);
    }

    @Test
    void historyIsNewestFirstWithParents() {
        assertThat(ok("history").out()).isEqualTo("""
                5eb1703c6f54 -> 6fc2814d7065 (reporting) (head), Index users by email
                3c9f5e1a4d32, 4da06f2b5e43 -> 5eb1703c6f54 (reporting) (mergepoint), Merge orders and reporting
                2b8e4d0f3c21 -> 3c9f5e1a4d32, Create orders
                2b8e4d0f3c21 -> 4da06f2b5e43 (reporting), Create report tables
                1a7f3c9e2b10 -> 2b8e4d0f3c21 (branchpoint), Add email to users
                <base> -> 1a7f3c9e2b10, Create users table
                """);
        assertThat(ok("history", "-r", "2b8e:3c9f").out()).isEqualTo("""
                2b8e4d0f3c21 -> 3c9f5e1a4d32, Create orders
                1a7f3c9e2b10 -> 2b8e4d0f3c21 (branchpoint), Add email to users
                """);
    }

    @Test
    void historyGraphDrawsTheBranchAndTheMerge() {
        assertThat(ok("history", "--graph").out()).isEqualTo("""
                * 6fc2814d7065 (reporting) (head), Index users by email
                * 5eb1703c6f54 (reporting) (mergepoint), Merge orders and reporting
                |\\
                * | 3c9f5e1a4d32, Create orders
                | * 4da06f2b5e43 (reporting), Create report tables
                |/
                * 2b8e4d0f3c21 (branchpoint), Add email to users
                * 1a7f3c9e2b10, Create users table
                """);
    }

    @Test
    void branchesListEachBranchPointWithItsChildren() {
        assertThat(ok("branches").out()).isEqualTo("""
                2b8e4d0f3c21 (branchpoint)
                             -> 3c9f5e1a4d32
                             -> 4da06f2b5e43 (reporting)

                """);
    }

    @Test
    void showResolvesPrefixesAndLabels() {
        String entry = """
                Rev: 4da06f2b5e43
                Parent: 2b8e4d0f3c21
                Branch names: reporting
                Path: migrations/versions/4da06f2b5e43_create_report_tables.sql

                    Create report tables

                    Reporting lives on its own branch until it is merged with orders.

                    Create Date: 2025-01-08 14:45:00

                """;
        assertThat(ok("show", "4da0").out()).isEqualTo(entry);
        assertThat(ok("show", "reporting").out()).isEqualTo(entry);
        assertThat(ok("show", "5eb1").out()).startsWith("Rev: 5eb1703c6f54 (mergepoint)\nMerges: 3c9f5e1a4d32, 4da06f2b5e43\n");
    }

    @Test
    void showOfAnUnknownRevisionIsAUsageError() {
        CliRun.Result r = CliRun.run(project, "show", "zzz");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("zzz").contains("\nhint: ");
        assertThat(r.err().lines()).hasSize(2);
    }

    @Test
    void jsonShapesAreArraysInDisplayOrder() {
        assertThat(ok("heads", "--json").out()).isEqualTo("""
                [ {
                  "revision" : "6fc2814d7065",
                  "revises" : [ "5eb1703c6f54" ],
                  "branch_labels" : [ ],
                  "effective_branch_labels" : [ "reporting" ],
                  "depends_on" : [ ],
                  "message" : "Index users by email",
                  "create_date" : "2025-01-10 16:20:00",
                  "path" : "migrations/versions/6fc2814d7065_index_users_by_email.java",
                  "children" : [ ],
                  "is_head" : true,
                  "is_branch_point" : false,
                  "is_merge_point" : false
                } ]
                """);
        String history = ok("history", "--json").out();
        assertThat(history).startsWith("[ {\n  \"revision\" : \"6fc2814d7065\",");
        assertThat(history.split("\"revision\" : ")).hasSize(7);
        assertThat(history).contains("\"revises\" : [ \"3c9f5e1a4d32\", \"4da06f2b5e43\" ]");
        assertThat(ok("branches", "--json").out()).contains("\"revision\" : \"2b8e4d0f3c21\"")
                .contains("\"children\" : [ \"3c9f5e1a4d32\", \"4da06f2b5e43\" ]");
        assertThat(ok("show", "reporting", "--json").out()).contains("\"branch_labels\" : [ \"reporting\" ]");
    }

    @Test
    void graphExportsMermaidAndDot() {
        assertThat(ok("graph").out()).isEqualTo("""
                flowchart TD
                    r0["1a7f3c9e2b10<br/>Create users table"]
                    r1["2b8e4d0f3c21<br/>Add email to users"]
                    r2["4da06f2b5e43 (reporting)<br/>Create report tables"]
                    r3["3c9f5e1a4d32<br/>Create orders"]
                    r4["5eb1703c6f54 (reporting)<br/>Merge orders and reporting"]
                    r5["6fc2814d7065 (reporting) (head)<br/>Index users by email"]
                    r0 --> r1
                    r1 --> r2
                    r1 --> r3
                    r3 --> r4
                    r2 --> r4
                    r4 --> r5
                """);
        String dot = ok("graph", "--format", "dot").out();
        assertThat(dot).startsWith("digraph retort {\n").endsWith("}\n")
                .contains("    \"4da06f2b5e43\" [label=\"4da06f2b5e43 (reporting)\\nCreate report tables\"];\n")
                .contains("    \"3c9f5e1a4d32\" -> \"5eb1703c6f54\";\n");
    }

    @Test
    void configIsFoundFromASubdirectory() {
        CliRun.Result r = CliRun.run(project.resolve("migrations/versions"), "heads");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("6fc2814d7065 (reporting) (head)\n");
        CliRun.Result paths = CliRun.run(project.resolve("migrations"), "heads", "-v");
        assertThat(paths.out()).contains("Path: versions/6fc2814d7065_index_users_by_email.java\n");
    }
}
