package org.grassroots.publisher.article;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Addresses that lead inside a network rather than to the public internet: loopback,
 * private, link-local, unique-local and unspecified addresses, and names that only
 * resolve locally.
 */
public final class InternalAddresses {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private InternalAddresses() {
	}

	/** {@code localhost} and names under local-only domains. */
	public static boolean isInternalName(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		return name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")
				|| name.endsWith(".internal") || name.endsWith(".lan") || name.endsWith(".intranet")
				|| name.endsWith(".home.arpa");
	}

	/** An IP address literal that is not public; false for a name. */
	public static boolean isInternalLiteral(String host) {
		if (!IPV4.matcher(host).matches() && !host.contains(":")) {
			return false;
		}
		try {
			return isInternal(InetAddress.getByName(host));
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/** Whether the address is one a public endpoint never has. */
	public static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 16) {
			// fc00::/7, unique local
			return (bytes[0] & 0xfe) == 0xfc;
		}
		// 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8
		return ((bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) || bytes[0] == 0;
	}

}
