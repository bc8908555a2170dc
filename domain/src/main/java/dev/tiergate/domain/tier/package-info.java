/** The tier ladder and the policy that promotes at once and demotes after a grace. */
package dev.tiergate.domain.tier;
