package dev.tiergate.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** C19: the namespace denies all traffic by default and Tiergate reaches only what it needs. */
class NetworkPolicyRulesTest {

    private static final String DNS_UDP = "UDP/53";
    private static final String DNS_TCP = "TCP/53";
    private static final String POSTGRES = "TCP/5432";
    private static final String REDIS = "TCP/6379";
    private static final String NATS = "TCP/4222";
    private static final String DISCORD = "TCP/443";
    /** The interactions callback between replicas: only towards Tiergate's own pods. */
    private static final String CALLBACK = "TCP/8080";
    private static final Set<String> CLUSTER_PRIVATE = Set.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
            "169.254.0.0/16");

    @Test
    void aDefaultDenyPolicyCoversEveryPod() {
        List<Manifest> denyAll = policies().stream()
                .filter(policy -> Manifest.map(policy.root(), "spec", "podSelector").isEmpty())
                .toList();
        assertThat(denyAll).as("deploy/k8s: rule a NetworkPolicy selects every pod (podSelector {})").isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        denyAll.forEach(policy -> {
            soft.assertThat(Manifest.list(policy.root(), "spec", "policyTypes"))
                    .as("%s: rule default deny covers Ingress and Egress", policy.where())
                    .containsExactlyInAnyOrder("Ingress", "Egress");
            soft.assertThat(Manifest.list(policy.root(), "spec", "ingress"))
                    .as("%s: rule default deny allows no ingress", policy.where()).isEmpty();
            soft.assertThat(Manifest.list(policy.root(), "spec", "egress"))
                    .as("%s: rule default deny allows no egress", policy.where()).isEmpty();
        });
        soft.assertAll();
    }

    @Test
    void tiergateSendsOnlyToDnsBackendsAndDiscord() {
        Manifest policy = tiergatePolicy();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(Manifest.list(policy.root(), "spec", "policyTypes"))
                .as("%s: rule policyTypes Ingress and Egress", policy.where())
                .containsExactlyInAnyOrder("Ingress", "Egress");
        for (Object rule : Manifest.list(policy.root(), "spec", "egress")) {
            Set<String> ports = ports(rule);
            soft.assertThat(ports).as("%s: rule every egress rule names its ports: %s", policy.where(), rule)
                    .isNotEmpty();
            soft.assertThat(ports).as("%s: rule egress only to DNS, Postgres, Redis, NATS, Discord: %s",
                    policy.where(), rule).isSubsetOf(DNS_UDP, DNS_TCP, POSTGRES, REDIS, NATS, DISCORD, CALLBACK);
            soft.assertThat(Manifest.list(rule, "to"))
                    .as("%s: rule every egress rule names its destination: %s", policy.where(), rule).isNotEmpty();
            if (ports.contains(DISCORD)) {
                Manifest.list(rule, "to").forEach(peer -> soft.assertThat(Manifest.list(peer, "ipBlock", "except"))
                        .as("%s: rule HTTPS egress leaves out cluster-private and metadata addresses", policy.where())
                        .containsAll(CLUSTER_PRIVATE));
            }
            if (ports.contains(CALLBACK)) {
                Manifest.list(rule, "to").forEach(peer -> soft.assertThat(peer)
                        .as("%s: rule port 8080 egress only to Tiergate's own pods", policy.where())
                        .isEqualTo(Map.of("podSelector", Map.of("matchLabels",
                                Map.of("app.kubernetes.io/name", "tiergate")))));
            }
        }
        soft.assertThat(Manifest.list(policy.root(), "spec", "egress").stream()
                        .flatMap(rule -> ports(rule).stream()).collect(Collectors.toSet()))
                .as("%s: rule egress reaches DNS, Postgres, Redis, NATS and Discord", policy.where())
                .contains(DNS_UDP, DNS_TCP, POSTGRES, REDIS, NATS, DISCORD);
        soft.assertThat(Manifest.list(policy.root(), "spec", "ingress").stream()
                        .flatMap(rule -> ports(rule).stream()).collect(Collectors.toSet()))
                .as("%s: rule ingress only on the HTTP and management ports", policy.where())
                .isSubsetOf("TCP/8080", "TCP/8081");
        soft.assertAll();
    }

    private static List<Manifest> policies() {
        List<Manifest> policies = DeployFiles.objects(Set.of("NetworkPolicy"));
        assertThat(policies).as("deploy/k8s: rule ships NetworkPolicies").isNotEmpty();
        return policies;
    }

    private static Manifest tiergatePolicy() {
        return policies().stream()
                .filter(policy -> "tiergate".equals(
                        Manifest.at(policy.root(), "spec", "podSelector", "matchLabels", "app.kubernetes.io/name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("deploy/k8s: rule a NetworkPolicy selects Tiergate's pods"));
    }

    /** The rule's ports as PROTOCOL/port; TCP when the protocol is left out, as Kubernetes defaults it. */
    private static Set<String> ports(Object rule) {
        return Manifest.list(rule, "ports").stream()
                .map(port -> (Manifest.at(port, "protocol") == null ? "TCP" : Manifest.at(port, "protocol")) + "/"
                        + Manifest.at(port, "port"))
                .collect(Collectors.toSet());
    }
}
