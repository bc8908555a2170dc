package dev.tiergate.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** C19: every workload under deploy/k8s runs under Pod Security Standards "restricted" and more. */
class KubernetesPolicyTest {

    /** Settings that would weaken the restricted profile, wherever they appear, patches included. */
    private static final Map<String, BiPredicate<String, Object>> WEAKENINGS = Map.ofEntries(
            Map.entry("privileged", (path, value) -> Boolean.TRUE.equals(value)),
            Map.entry("allowPrivilegeEscalation", (path, value) -> Boolean.TRUE.equals(value)),
            Map.entry("readOnlyRootFilesystem", (path, value) -> Boolean.FALSE.equals(value)),
            Map.entry("runAsNonRoot", (path, value) -> Boolean.FALSE.equals(value)),
            Map.entry("runAsUser", (path, value) -> Integer.valueOf(0).equals(value)),
            Map.entry("automountServiceAccountToken", (path, value) -> Boolean.TRUE.equals(value)),
            Map.entry("hostNetwork", (path, value) -> Boolean.TRUE.equals(value)),
            Map.entry("hostPID", (path, value) -> Boolean.TRUE.equals(value)),
            Map.entry("hostIPC", (path, value) -> Boolean.TRUE.equals(value)),
            Map.entry("add", (path, value) -> path.endsWith("capabilities/add") && value instanceof List<?> list
                    && !list.isEmpty()),
            Map.entry("type", (path, value) -> path.endsWith("seccompProfile/type") && !"RuntimeDefault".equals(value)
                    && !"Localhost".equals(value)));

    @Test
    void everyDocumentButAPatchIsAKubernetesObject() {
        Set<Path> patches = DeployFiles.patchFiles();
        List<Manifest> manifests = DeployFiles.manifests().stream()
                .filter(manifest -> !patches.contains(manifest.file().normalize())).toList();
        assertThat(manifests).as("deploy/k8s has manifests").isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        manifests.forEach(manifest -> {
            soft.assertThat(manifest.at("apiVersion")).as("%s: rule apiVersion present", manifest.where()).isNotNull();
            soft.assertThat(manifest.at("kind")).as("%s: rule kind present", manifest.where()).isNotNull();
        });
        soft.assertAll();
    }

    @Test
    void shipsEveryObjectTheServiceNeeds() {
        assertThat(DeployFiles.manifests().stream().map(Manifest::kind))
                .as("deploy/k8s: rule the deployment ships these kinds")
                .contains("Deployment", "Service", "ConfigMap", "ServiceAccount", "PodDisruptionBudget",
                        "HorizontalPodAutoscaler", "NetworkPolicy", "Stream");
    }

    @Test
    void shipsNoPodSecurityPolicy() {
        DeployFiles.manifests().forEach(manifest -> assertThat(manifest.kind())
                .as("%s: rule no PodSecurityPolicy (removed in Kubernetes 1.25)", manifest.where())
                .isNotEqualTo("PodSecurityPolicy"));
    }

    @Test
    void commitsNoSecretValues() {
        SoftAssertions soft = new SoftAssertions();
        DeployFiles.manifests().forEach(manifest -> {
            if (manifest.kind().equals("Secret")) {
                soft.assertThat(manifest.at("data")).as("%s: rule no Secret data committed", manifest.where())
                        .isNull();
                soft.assertThat(manifest.at("stringData")).as("%s: rule no Secret stringData committed",
                        manifest.where()).isNull();
            }
            soft.assertThat(manifest.at("secretGenerator"))
                    .as("%s: rule no secretGenerator (its values would be committed)", manifest.where()).isNull();
        });
        soft.assertAll();
    }

    @Test
    void kustomizationsNameOnlyFilesThatExist() {
        List<Manifest> kustomizations = DeployFiles.kustomizations();
        assertThat(kustomizations).as("deploy/k8s: rule a kustomize base and overlays").hasSizeGreaterThanOrEqualTo(2);
        SoftAssertions soft = new SoftAssertions();
        kustomizations.forEach(kustomization -> {
            Manifest.list(kustomization.root(), "resources").forEach(resource -> {
                Path target = kustomization.file().resolveSibling(resource.toString()).normalize();
                soft.assertThat(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")))
                        .as("%s: rule resource %s exists", kustomization.where(), resource).isTrue();
            });
        });
        DeployFiles.patchFiles().forEach(patch -> soft.assertThat(patch)
                .as("deploy/k8s: rule patch %s exists", DeployFiles.relative(patch)).isRegularFile());
        soft.assertAll();
    }

    @Test
    void noDocumentWeakensTheRestrictedProfile() {
        SoftAssertions soft = new SoftAssertions();
        DeployFiles.manifests().forEach(manifest -> findWeakenings(manifest.root(), "", manifest, soft));
        soft.assertAll();
    }

    @Test
    void serviceAccountsCarryNoToken() {
        List<Manifest> accounts = DeployFiles.objects(Set.of("ServiceAccount"));
        assertThat(accounts).as("deploy/k8s: rule a ServiceAccount of its own").isNotEmpty();
        accounts.forEach(account -> assertThat(account.at("automountServiceAccountToken"))
                .as("%s: rule automountServiceAccountToken false", account.where()).isEqualTo(false));
    }

    @Test
    void deploymentRunsTwoReplicasAndScalesOnCpu() {
        List<Manifest> deployments = DeployFiles.objects(Set.of("Deployment"));
        assertThat(deployments).as("deploy/k8s: rule a Deployment").isNotEmpty();
        deployments.forEach(deployment -> assertThat(deployment.at("spec", "replicas"))
                .as("%s: rule 2 replicas", deployment.where()).isEqualTo(2));
        List<Manifest> autoscalers = DeployFiles.objects(Set.of("HorizontalPodAutoscaler"));
        assertThat(autoscalers).as("deploy/k8s: rule a HorizontalPodAutoscaler").isNotEmpty();
        autoscalers.forEach(autoscaler -> {
            assertThat(autoscaler.at("spec", "minReplicas")).as("%s: rule minReplicas 2", autoscaler.where())
                    .isEqualTo(2);
            assertThat(Manifest.list(autoscaler.root(), "spec", "metrics").stream()
                    .map(metric -> Manifest.at(metric, "resource", "name")))
                    .as("%s: rule scales on cpu", autoscaler.where()).contains("cpu");
        });
        DeployFiles.objects(Set.of("PodDisruptionBudget")).forEach(budget -> assertThat(budget.at("spec", "minAvailable"))
                .as("%s: rule keeps a replica through drains", budget.where()).isEqualTo(1));
    }

    @Test
    void podsAreRestricted() {
        List<Manifest> workloads = DeployFiles.workloads();
        assertThat(workloads).as("deploy/k8s: rule has workloads").isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        for (Manifest workload : workloads) {
            Map<String, Object> pod = Manifest.map(workload.root(), "spec", "template", "spec");
            String where = workload.where();
            soft.assertThat(pod.get("automountServiceAccountToken"))
                    .as("%s: rule automountServiceAccountToken false", where).isEqualTo(false);
            soft.assertThat(Manifest.at(pod, "securityContext", "runAsNonRoot"))
                    .as("%s: rule pod runAsNonRoot", where).isEqualTo(true);
            soft.assertThat(Manifest.at(pod, "securityContext", "seccompProfile", "type"))
                    .as("%s: rule pod seccomp RuntimeDefault", where).isEqualTo("RuntimeDefault");
            for (Object container : containers(pod)) {
                String in = where + " container " + Manifest.at(container, "name");
                soft.assertThat(Manifest.at(container, "securityContext", "allowPrivilegeEscalation"))
                        .as("%s: rule allowPrivilegeEscalation false", in).isEqualTo(false);
                soft.assertThat(Manifest.at(container, "securityContext", "readOnlyRootFilesystem"))
                        .as("%s: rule readOnlyRootFilesystem true", in).isEqualTo(true);
                soft.assertThat(Manifest.list(container, "securityContext", "capabilities", "drop"))
                        .as("%s: rule drop ALL capabilities", in).contains("ALL");
                soft.assertThat(Manifest.at(container, "securityContext", "seccompProfile", "type"))
                        .as("%s: rule container seccomp RuntimeDefault when set", in)
                        .isIn(null, "RuntimeDefault");
                soft.assertThat(Manifest.at(container, "resources", "requests", "cpu"))
                        .as("%s: rule cpu request", in).isNotNull();
                soft.assertThat(Manifest.at(container, "resources", "requests", "memory"))
                        .as("%s: rule memory request", in).isNotNull();
                soft.assertThat(Manifest.at(container, "resources", "limits", "memory"))
                        .as("%s: rule memory limit", in).isNotNull();
                soft.assertThat(Manifest.at(container, "livenessProbe", "httpGet", "path"))
                        .as("%s: rule liveness probe on /health/live", in).isEqualTo("/health/live");
                soft.assertThat(Manifest.at(container, "readinessProbe", "httpGet", "path"))
                        .as("%s: rule readiness probe on /health/ready", in).isEqualTo("/health/ready");
                soft.assertThat(tmpVolume(pod, container))
                        .as("%s: rule /tmp is an emptyDir (the only writable path)", in).isNotNull();
            }
        }
        soft.assertAll();
    }

    private static List<Object> containers(Map<String, Object> pod) {
        return Stream.concat(Manifest.list(pod, "containers").stream(),
                Manifest.list(pod, "initContainers").stream()).toList();
    }

    /** The emptyDir volume mounted at /tmp, or null. */
    private static Object tmpVolume(Map<String, Object> pod, Object container) {
        return Manifest.list(container, "volumeMounts").stream()
                .filter(mount -> "/tmp".equals(Manifest.at(mount, "mountPath")))
                .map(mount -> Manifest.at(mount, "name"))
                .flatMap(name -> Manifest.list(pod, "volumes").stream()
                        .filter(volume -> Objects.equals(name, Manifest.at(volume, "name"))))
                .map(volume -> Manifest.at(volume, "emptyDir"))
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static void findWeakenings(Object node, String path, Manifest manifest, SoftAssertions soft) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                String here = path + "/" + key;
                BiPredicate<String, Object> weakens = WEAKENINGS.get(String.valueOf(key));
                soft.assertThat(weakens != null && weakens.test(here, value))
                        .as("%s: rule %s must not be %s", manifest.where(), here, value).isFalse();
                findWeakenings(value, here, manifest, soft);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> findWeakenings(item, path + "[]", manifest, soft));
        }
    }
}
