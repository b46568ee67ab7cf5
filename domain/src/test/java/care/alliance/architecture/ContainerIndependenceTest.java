package care.alliance.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain is plain Java: its compiled classes refer to no container API, so its rules run and
 * are tested without a server. Class files name every type they use in their constant pool, so a
 * reference to a forbidden package shows up there as "jakarta/ejb/...", for example.
 */
class ContainerIndependenceTest {

    private static final List<String> CONTAINER_APIS = List.of(
            "jakarta/ejb/", "jakarta/enterprise/", "jakarta/inject/", "jakarta/faces/", "jakarta/ws/rs/",
            "jakarta/servlet/", "jakarta/security/", "jakarta/transaction/", "org/eclipse/microprofile/",
            "org/hibernate/", "fish/payara/");

    @Test
    void domainClassesReferToNoContainerApi() throws IOException, URISyntaxException {
        Path classes = Path.of(care.alliance.team.CareTeam.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classes)) {
            classFiles = files.filter(file -> file.toString().endsWith(".class")).toList();
        }
        assertFalse(classFiles.isEmpty(), "no domain classes found under " + classes);

        List<String> offences = classFiles.stream().flatMap(ContainerIndependenceTest::containerReferences).toList();

        assertEquals(List.of(), offences);
    }

    @Test
    void theCheckRecognisesAContainerReference() {
        byte[] classFileWithEjb = "\u0001\u0000\u0019Ljakarta/ejb/Stateless;".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(List.of("X.class -> jakarta/ejb/"), referencesIn(Path.of("X.class"), classFileWithEjb).toList());
    }

    private static Stream<String> containerReferences(Path classFile) {
        try {
            return referencesIn(classFile, Files.readAllBytes(classFile));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<String> referencesIn(Path classFile, byte[] bytes) {
        String constantPool = new String(bytes, StandardCharsets.ISO_8859_1);
        return CONTAINER_APIS.stream()
                .filter(constantPool::contains)
                .map(api -> classFile.getFileName() + " -> " + api);
    }
}
