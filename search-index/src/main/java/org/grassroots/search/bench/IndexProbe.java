package org.grassroots.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import org.springframework.context.ApplicationContext;

/**
 * Looks at the article index the way the publishing benchmark needs to.
 */
public final class IndexProbe {

	private static final String INDEX = "articles";

	private final ElasticsearchClient client;

	private IndexProbe(ElasticsearchClient client) {
		this.client = client;
	}

	/** The probe on the running application's cluster. */
	public static IndexProbe of(ApplicationContext context) {
		return new IndexProbe(context.getBean(ElasticsearchClient.class));
	}

	/**
	 * Whether a search (which sees only refreshed documents) finds the article at this
	 * version (its publication sequence) or a later one.
	 */
	public boolean searchable(String articleId, long version) {
		try {
			SearchResponse<Void> response = this.client.search(
					(search) -> search.index(INDEX).version(true).query((q) -> q.ids((ids) -> ids.values(articleId))),
					Void.class);
			return response.hits().hits().stream().anyMatch((hit) -> hit.version() != null && hit.version() >= version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes the index refuse writes (a write outage), or take them again. */
	public void blockWrites(boolean blocked) {
		try {
			this.client.indices()
				.putSettings((settings) -> settings.index(INDEX)
					.settings((index) -> index.blocks((blocks) -> blocks.write(blocked))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
