package org.grassroots.publisher.article;

/**
 * One fact of a drafted story and where it came from, so that an editor can check the
 * figure against the record.
 *
 * @param caseId the case the fact is about
 * @param label what it is, e.g. 投入资金
 * @param value as the draft writes it, e.g. 15万元
 * @param source the node and property it was read from
 */
public record Fact(String caseId, String label, String value, Source source) {

	/**
	 * A property of a node.
	 *
	 * @param label the node's label, e.g. {@code Case}
	 * @param key the node's business key
	 * @param property the property read, e.g. {@code fundingYuan}
	 * @param raw the value as stored
	 */
	public record Source(String label, String key, String property, String raw) {
	}

}
