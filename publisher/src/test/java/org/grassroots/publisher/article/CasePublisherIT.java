package org.grassroots.publisher.article;

import org.grassroots.graph.SharedNeo4j;
import org.grassroots.graph.article.ArticleStore;
import org.grassroots.search.SharedElasticsearch;
import org.grassroots.search.article.ArticleIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(properties = "grassroots.demo-data.load=always")
class CasePublisherIT {

	private static final String HANDRAIL = "jianghai-yilu-4-stair-handrail";

	@Autowired
	CasePublisher publisher;

	@Autowired
	ArticleStore articles;

	@Autowired
	ArticleIndex index;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		SharedNeo4j.register(registry);
		SharedElasticsearch.register(registry);
	}

	@Test
	void aPublishedCaseIsStoredLinkedToItsCaseAndFoundByAWordOfItsNarrative() {
		Article article = this.publisher.publish(HANDRAIL);

		assertThat(article.title()).isEqualTo("江海一路4号楼道加装不锈钢扶手");
		assertThat(article.bodyHtml()).startsWith("<p>居住在江海一路4号的群众");
		assertThat(this.articles.findByCaseId(HANDRAIL))
			.hasValueSatisfying((stored) -> assertThat(stored.id()).isEqualTo(article.id()));
		assertThat(this.index.search("感谢信", 10).hits())
			.anySatisfy((hit) -> assertThat(hit.article().id()).isEqualTo(article.id()));
	}

	@Test
	void publishingAgainKeepsOneArticleAndItsFirstPublicationTime() {
		Article first = this.publisher.publish(HANDRAIL);

		Article again = this.publisher.publish(HANDRAIL);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.publishedAt().toInstant()).isEqualTo(first.publishedAt().toInstant());
		assertThat(this.index.search("不锈钢扶手", 10).hits()).filteredOn((hit) -> hit.article().id().equals(first.id()))
			.hasSize(1);
	}

	@Test
	void anUnknownCaseIsRejectedAndNothingIsStored() {
		assertThatExceptionOfType(CaseNotFoundException.class).isThrownBy(() -> this.publisher.publish("no-such-case"))
			.withMessageContaining("no-such-case");
		assertThat(this.articles.findByCaseId("no-such-case")).isEmpty();
	}

}
