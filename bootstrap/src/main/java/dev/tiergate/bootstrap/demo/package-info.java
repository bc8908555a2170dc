/** The demo community of the run command and the command that speaks as its member. */
package dev.tiergate.bootstrap.demo;
