/** Test support shared by adapter test-jars: private server processes on free loopback ports. */
package dev.tiergate.testing;
