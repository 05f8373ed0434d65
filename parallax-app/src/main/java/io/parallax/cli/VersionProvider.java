package io.parallax.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = ParallaxCommand.class.getPackage().getImplementationVersion();
        return new String[]{"parallax " + (v == null ? "development build" : v)};
    }
}
