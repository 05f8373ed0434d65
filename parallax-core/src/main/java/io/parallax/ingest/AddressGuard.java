package io.parallax.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.function.Predicate;

/**
 * Refuses URLs whose host resolves to a non-public address: loopback, private (RFC 1918, IPv6 unique local),
 * link-local (including cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and unspecified.
 * Every address a name resolves to is checked, and every redirect hop is checked again by {@link HttpFetcher}.
 *
 * <p>Limitation: the JDK HTTP client resolves the name again when it connects, so a DNS server that answers
 * differently within milliseconds (DNS rebinding) is not stopped; a proxy that pins addresses would be needed.
 *
 * <p>Stateless and thread-safe.
 */
final class AddressGuard {

    private AddressGuard() {
    }

    /**
     * Checks the URL's scheme and host.
     *
     * @throws ReadException with a one-line reason when the URL may not be fetched
     */
    static void check(URI uri, boolean allowPrivate) throws ReadException {
        check(uri, allowPrivate, a -> false);
    }

    /** As {@link #check(URI, boolean)}, with addresses that are allowed even when not public (tests). */
    static void check(URI uri, boolean allowPrivate, Predicate<InetAddress> exempt) throws ReadException {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new ReadException("refused: only http and https URLs are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new ReadException("refused: URL has no host");
        }
        if (allowPrivate) {
            return;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!isPublic(a) && !exempt.test(a)) {
                    throw new ReadException("refused: " + host + " resolves to the non-public address "
                            + a.getHostAddress() + " (allow private addresses to fetch it)");
                }
            }
        } catch (UnknownHostException e) {
            throw new ReadException("unknown host " + host);
        }
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xff;
            int b1 = b[1] & 0xff;
            // 0/8 "this network", 100.64/10 carrier-grade NAT, 192.0.0/24 protocol assignments, 198.18/15 benchmarking
            return !(b0 == 0 || (b0 == 100 && b1 >= 64 && b1 <= 127) || (b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0)
                    || (b0 == 198 && (b1 == 18 || b1 == 19)) || b0 >= 240);
        }
        if (a instanceof Inet6Address v6) {
            int b0 = b[0] & 0xff;
            if ((b0 & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            if (isMappedV4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return !v6.isIPv4CompatibleAddress() || isPublicCompat(b);
        }
        return true;
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static boolean isPublicCompat(byte[] b) {
        try {
            return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
