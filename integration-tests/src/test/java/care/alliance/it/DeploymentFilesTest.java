package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container build file and the Kubernetes manifests, checked as a linter would (no cluster or
 * container engine exists here), and kept true to the configuration the application really reads:
 * every {@code @ConfigProperty} and data-source placeholder in its sources.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path MANIFESTS = ROOT.resolve("deploy/src/main/kubernetes/alliance.yaml");
    private static final Path CONTAINERFILE = ROOT.resolve("deploy/src/main/container/Containerfile");

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern DATA_SOURCE_PLACEHOLDER = Pattern.compile("\\$\\{MPCONFIG=([^}]+)}");

    private static List<Map<String, Object>> resources;

    @BeforeAll
    static void readManifests() throws IOException {
        resources = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(MANIFESTS))) {
            resources.add(map(document));
        }
    }

    @Test
    void everyResourceNamesItsKindVersionAndName() {
        assertEquals(List.of("ConfigMap", "Secret", "ServiceAccount", "Role", "RoleBinding", "Deployment", "Service",
                        "Service", "NetworkPolicy"),
                resources.stream().map(resource -> resource.get("kind")).toList());
        for (Map<String, Object> resource : resources) {
            assertTrue(resource.get("apiVersion") instanceof String, resource.toString());
            assertTrue(map(resource.get("metadata")).get("name") instanceof String, resource.toString());
        }
    }

    @Test
    void everyVariableTheManifestsSetIsOneTheApplicationReads() throws IOException {
        Set<String> read = variablesTheApplicationReads();
        Set<String> set = new TreeSet<>(configuration().keySet());
        set.addAll(secrets().keySet());

        Set<String> unknown = new TreeSet<>(set);
        unknown.removeAll(read);
        assertEquals(Set.of(), unknown, "set in alliance.yaml but read by no one");
        assertTrue(set.containsAll(Set.of("ALLIANCE_DB_URL", "ALLIANCE_DB_PASSWORD", "ALLIANCE_OIDC_PROVIDER",
                "ALLIANCE_OIDC_CLIENT_SECRET", "ALLIANCE_KEYCLOAK_ADMIN_CLIENT_SECRET")), set.toString());
        assertFalse(set.contains("ALLIANCE_DEMO_LOCATION"), "production runs without the demo clinic");
    }

    @Test
    void passwordsAndSecretsAreInTheSecretOnly() {
        configuration().keySet().forEach(name ->
                assertFalse(name.endsWith("PASSWORD") || name.endsWith("SECRET"), name + " belongs in the Secret"));
        secrets().keySet().forEach(name ->
                assertTrue(name.endsWith("PASSWORD") || name.endsWith("SECRET"), name + " belongs in the ConfigMap"));
    }

    @Test
    void everyVariableTheApplicationReadsIsInTheReadmesConfigurationTable() throws IOException {
        Set<String> documented = new HashSet<>();
        Matcher names = Pattern.compile("ALLIANCE_[A-Z_]+").matcher("");
        for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
            if (line.startsWith("| `ALLIANCE_")) {
                names.reset(line.substring(0, line.indexOf('|', 1)));
                while (names.find()) {
                    documented.add(names.group());
                }
            }
        }
        Set<String> undocumented = variablesTheApplicationReads();
        undocumented.removeAll(documented);
        assertEquals(Set.of(), undocumented, "read by the application but missing from the README's table");
    }

    @Test
    void twoReplicasTakeTheirConfigurationFromTheConfigMapAndSecretAndReportHealth() {
        Map<String, Object> spec = map(resource("Deployment").get("spec"));
        assertEquals(2, spec.get("replicas"));
        Map<String, Object> container = container();

        List<String> sources = list(container.get("envFrom")).stream()
                .map(DeploymentFilesTest::map)
                .map(source -> map(source.containsKey("configMapRef") ? source.get("configMapRef") : source.get("secretRef")))
                .map(reference -> (String) reference.get("name"))
                .toList();
        assertEquals(List.of(name("ConfigMap"), name("Secret")), sources);

        assertEquals("/health/ready", probePath(container, "readinessProbe"));
        assertEquals("/health/live", probePath(container, "livenessProbe"));
        assertEquals("/health/live", probePath(container, "startupProbe"));
        Object probePort = map(map(container.get("readinessProbe")).get("httpGet")).get("port");
        Map<String, Object> port = map(list(container.get("ports")).get(0));
        assertEquals(port.get("name"), probePort);
        assertEquals(port.get("name"), map(list(map(resource("Service").get("spec")).get("ports")).get(0)).get("targetPort"));
    }

    @Test
    void theReplicasFormOneClusterFoundThroughTheDataGridsServiceAndShareTheirSessions() throws IOException {
        Map<String, Object> container = container();
        List<String> args = list(container.get("args")).stream().map(String.class::cast).toList();
        String containerfile = Files.readString(CONTAINERFILE);

        // the settings the README's "A cluster of nodes" names, as the image carries them
        for (String file : List.of("cluster.properties", "cluster.asadmin")) {
            assertTrue(Files.exists(ROOT.resolve("deploy/src/main/payara").resolve(file)), file);
            assertTrue(containerfile.contains("deploy/src/main/payara/" + file), "the image carries " + file);
        }
        assertEquals("cluster.properties", args.get(args.indexOf("--systemproperties") + 1));
        assertEquals("cluster.asadmin", args.get(args.indexOf("--prebootcommandfile") + 1));
        Map<String, Object> dataGrid = resources.stream()
                .filter(resource -> "Service".equals(resource.get("kind"))
                        && "None".equals(map(resource.get("spec")).get("clusterIP")))
                .findFirst().orElseThrow(() -> new AssertionError("no headless service for the data grid"));
        String serviceName = (String) map(dataGrid.get("metadata")).get("name");
        assertEquals("kubernetes:$(POD_NAMESPACE)," + serviceName, args.get(args.indexOf("--clustermode") + 1));
        Map<String, Object> gridPort = map(list(map(dataGrid.get("spec")).get("ports")).get(0));
        assertTrue(list(container.get("ports")).stream().map(DeploymentFilesTest::map)
                .anyMatch(port -> port.get("name").equals(gridPort.get("targetPort"))
                        && port.get("containerPort").equals(gridPort.get("port"))), "the data grid's port is the container's");
        assertEquals(name("ServiceAccount"), map(map(map(resource("Deployment").get("spec")).get("template"))
                .get("spec")).get("serviceAccountName"), "discovery reads the API as the replicas' own account");
        assertFalse(map(resource("Service").get("spec")).containsKey("sessionAffinity"),
                "any replica answers anyone: no affinity");
    }

    @Test
    void memoryRequestsLeaveRoomForTheHeapTheContainerfileSets() throws IOException {
        Map<String, Object> resourcesOfContainer = map(container().get("resources"));
        long requested = mebibytes((String) map(resourcesOfContainer.get("requests")).get("memory"));
        long limit = mebibytes((String) map(resourcesOfContainer.get("limits")).get("memory"));
        Matcher share = Pattern.compile("MaxRAMPercentage=(\\d+)").matcher(Files.readString(CONTAINERFILE));
        assertTrue(share.find(), "the Containerfile sets the heap from the memory limit");
        long heap = limit * Long.parseLong(share.group(1)) / 100;

        // Resident memory was 1.24 GB with a 768 MB heap: about 500 MB beside the heap.
        assertTrue(heap + 500 <= requested, "heap " + heap + " MiB leaves too little of " + requested + " MiB");
        assertTrue(requested <= limit);
    }

    @Test
    void theContainerRunsTheRunnableJarThatTheBuildMakesOnThePortTheManifestsUse() throws IOException {
        String containerfile = Files.readString(CONTAINERFILE);
        String deployPom = Files.readString(ROOT.resolve("deploy/pom.xml"));

        assertTrue(containerfile.contains("COPY --chown=alliance deploy/target/alliance-micro.jar"), containerfile);
        assertTrue(deployPom.contains("alliance-micro.jar"), "the deploy module builds alliance-micro.jar");
        Object containerPort = map(list(container().get("ports")).get(0)).get("containerPort");
        assertTrue(containerfile.contains("EXPOSE " + containerPort), containerfile);
        assertTrue(containerfile.contains("\"--port\", \"" + containerPort + "\""), containerfile);
        assertTrue(containerfile.contains("USER 10001"), "the image runs as the user the manifests require");
        assertEquals(10001, map(map(map(map(resource("Deployment").get("spec")).get("template")).get("spec"))
                .get("securityContext")).get("runAsUser"));
    }

    /** The environment names MicroProfile Config maps to the properties the sources read. */
    private static Set<String> variablesTheApplicationReads() throws IOException {
        Set<String> variables = new TreeSet<>();
        for (String module : List.of("services", "web")) {
            try (Stream<Path> sources = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(source);
                    for (Pattern pattern : List.of(CONFIG_PROPERTY, DATA_SOURCE_PLACEHOLDER)) {
                        Matcher property = pattern.matcher(text);
                        while (property.find()) {
                            variables.add(property.group(1).replaceAll("[^A-Za-z0-9]", "_").toUpperCase());
                        }
                    }
                }
            }
        }
        assertTrue(variables.contains("ALLIANCE_DB_URL"), "the scan finds the application's settings: " + variables);
        return variables;
    }

    private static Map<String, Object> configuration() {
        return map(resource("ConfigMap").get("data"));
    }

    private static Map<String, Object> secrets() {
        return map(resource("Secret").get("stringData"));
    }

    private static Map<String, Object> container() {
        Map<String, Object> template = map(map(resource("Deployment").get("spec")).get("template"));
        return map(list(map(template.get("spec")).get("containers")).get(0));
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container.get(probe)).get("httpGet")).get("path");
    }

    private static Map<String, Object> resource(String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("alliance.yaml has no " + kind));
    }

    private static String name(String kind) {
        return (String) map(resource(kind).get("metadata")).get("name");
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.replace("Gi", "")) * 1024;
        }
        assertTrue(quantity.endsWith("Mi"), "memory in Mi or Gi: " + quantity);
        return Long.parseLong(quantity.replace("Mi", ""));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertTrue(node instanceof Map, "expected a mapping, found " + node);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        assertTrue(node instanceof List, "expected a list, found " + node);
        return (List<Object>) node;
    }
}
