package org.grassroots.application.failure;

/**
 * A change was made from a version that is no longer the current one: someone else
 * changed the record in between. Nothing was changed; the client reads the record again.
 */
public class Conflict extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final long currentVersion;

	public Conflict(String what, String key, long expected, long currentVersion) {
		super("The " + what + " '" + key + "' was changed by someone else: you edited version " + expected
				+ ", it is now at version " + currentVersion + "; read it again and reapply your change");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
