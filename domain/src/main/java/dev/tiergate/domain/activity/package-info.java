/** Member activity: points earned and their lazy decay. */
package dev.tiergate.domain.activity;
