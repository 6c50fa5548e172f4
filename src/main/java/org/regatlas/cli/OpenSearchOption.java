package org.regatlas.cli;

import org.jspecify.annotations.Nullable;
import org.regatlas.opensearch.OpenSearchConfig;
import picocli.CommandLine.Option;

/** The {@code --opensearch URL} option: search an OpenSearch cluster instead of the embedded index. */
final class OpenSearchOption {
    @Option(names = "--opensearch", paramLabel = "URL",
            description = "Use the OpenSearch cluster at URL (http(s)://host:port; several nodes comma-separated) "
                    + "instead of the embedded index. Credentials from " + OpenSearchConfig.USER_ENV + " and "
                    + OpenSearchConfig.PASSWORD_ENV + ", a private CA from " + OpenSearchConfig.CA_ENV + ".")
    @Nullable String url;

    /** The cluster's configuration, or null for the embedded index. */
    @Nullable OpenSearchConfig config() {
        return url == null ? null : OpenSearchConfig.of(url, System.getenv());
    }
}
