package org.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** Committed, so a change to the module picture shows in review. */
    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(PraxisApplication.class);

    /** Also checks each module's {@code allowedDependencies} in its package-info.java. */
    @Test
    void modulesOnlyUseEachOthersPublicApiAndTheirAllowedDependenciesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        assertThat(modules.stream())
                .allSatisfy(module -> assertThat(read(packageInfo(module)))
                        .as(module.getIdentifier() + "'s package-info.java")
                        .contains("allowedDependencies"));
    }

    @Test
    void writesTheModuleDocumentationIntoDocsModules() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (var files = Files.list(DOCS)) {
            for (var diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }

        var overview = Files.readString(DOCS.resolve("components.puml"));
        assertThat(modules.stream()).allSatisfy(module -> {
            var name = module.getIdentifier().toString();
            assertThat(overview).as("the overview names " + name).contains(module.getDisplayName());
            assertThat(DOCS.resolve("module-" + name + ".puml")).isNotEmptyFile();
            assertThat(DOCS.resolve("module-" + name + ".adoc")).isNotEmptyFile();
        });
        assertThat(DOCS.resolve("all-docs.adoc")).isNotEmptyFile();
    }

    /**
     * The picture in the README's "How the code is laid out" is this graph, drawn from the code: each module and the
     * modules it uses (the shared web shell and documents, which every module may use, left out to keep it readable).
     * A change of dependencies fails here until the README shows it.
     */
    @Test
    void theReadmePictureIsTheModuleGraph() throws IOException {
        var shared = java.util.Set.of("web", "documents");
        var lines = new ArrayList<String>();
        modules.stream()
                .filter(module -> !shared.contains(module.getIdentifier().toString()))
                .sorted(java.util.Comparator.comparing(
                        module -> module.getIdentifier().toString()))
                .forEach(module -> module.getDirectDependencies(modules)
                        .uniqueModules()
                        .map(target -> target.getIdentifier().toString())
                        .filter(target -> !shared.contains(target))
                        .sorted()
                        .forEach(target -> lines.add("  " + module.getIdentifier() + " --> " + target)));
        var picture = "```mermaid\nflowchart LR\n" + String.join("\n", lines) + "\n```\n";
        assertThat(Files.readString(Path.of("README.md")))
                .as("README's module picture, which should read:%n%s", picture)
                .contains(picture);
    }

    /**
     * The Documenter writes components and relations in hash order, which changes from run to run; sorted, the
     * committed diagrams change only when the modules do.
     */
    static List<String> inStableOrder(List<String> lines) {
        var sorted = new ArrayList<String>();
        var run = new ArrayList<String>();
        for (var line : lines) {
            if (!run.isEmpty() && !kind(line).equals(kind(run.getFirst()))) {
                sorted.addAll(run.stream().sorted().toList());
                run.clear();
            }
            if (kind(line).isEmpty()) {
                sorted.add(line);
            } else {
                run.add(line);
            }
        }
        sorted.addAll(run.stream().sorted().toList());
        return sorted;
    }

    private static String kind(String line) {
        var trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel" : trimmed.startsWith("Component(") ? "Component" : "";
    }

    private static Path packageInfo(ApplicationModule module) {
        return Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'), "package-info.java");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
