package org.grassroots.api.web;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionTests {

	private static Admission open(Admission admission) {
		admission.open();
		return admission;
	}

	private static HttpLimits limits(int concurrent, Duration wait) {
		return new HttpLimits(DataSize.ofKilobytes(256), DataSize.ofKilobytes(64), concurrent, wait);
	}

	@Test
	void aRequestOverTheLimitIsRefusedAtOnceWithRetryAfterAndAGraphQlError() throws Exception {
		Admission admission = open(new Admission(limits(1, Duration.ofMillis(50)), null));
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread busy = Thread.ofPlatform().start(() -> {
			try {
				admission.doFilter(new MockHttpServletRequest("POST", "/graphql"), new MockHttpServletResponse(),
						(request, response) -> {
							inside.countDown();
							try {
								release.await(10, TimeUnit.SECONDS);
							}
							catch (InterruptedException ex) {
								Thread.currentThread().interrupt();
							}
						});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse refused = new MockHttpServletResponse();
		admission.doFilter(new MockHttpServletRequest("POST", "/graphql"), refused, new MockFilterChain());
		release.countDown();
		busy.join();

		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getContentAsString()).contains("\"classification\":\"UNAVAILABLE\"").contains("busy");
	}

	@Test
	void aPermitIsReturnedWhenTheRequestEndsSoTheNextOneIsAdmitted() throws Exception {
		Admission admission = open(new Admission(limits(1, Duration.ZERO), null));

		for (int i = 0; i < 3; i++) {
			MockFilterChain chain = new MockFilterChain();
			MockHttpServletResponse response = new MockHttpServletResponse();
			admission.doFilter(new MockHttpServletRequest("POST", "/graphql"), response, chain);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(chain.getRequest()).isNotNull();
		}
	}

	@Test
	void aPermitIsHeldUntilAnAsynchronousAnswerCompletes() throws Exception {
		Admission admission = open(new Admission(limits(1, Duration.ZERO), null));
		MockHttpServletRequest first = new MockHttpServletRequest("POST", "/graphql");
		first.setAsyncSupported(true);
		admission.doFilter(first, new MockHttpServletResponse(),
				(request, response) -> request.startAsync(request, response));

		MockHttpServletResponse whileAsync = new MockHttpServletResponse();
		admission.doFilter(new MockHttpServletRequest("POST", "/graphql"), whileAsync, new MockFilterChain());
		first.getAsyncContext().complete();
		MockHttpServletResponse afterwards = new MockHttpServletResponse();
		admission.doFilter(new MockHttpServletRequest("POST", "/graphql"), afterwards, new MockFilterChain());

		assertThat(whileAsync.getStatus()).isEqualTo(503);
		assertThat(afterwards.getStatus()).isEqualTo(200);
	}

	@Test
	void nothingIsAdmittedBeforeTheApplicationIsReady() throws Exception {
		Admission admission = new Admission(limits(8, Duration.ZERO), null);
		MockHttpServletResponse starting = new MockHttpServletResponse();
		admission.doFilter(new MockHttpServletRequest("POST", "/graphql"), starting, new MockFilterChain());
		admission.open();
		MockHttpServletResponse ready = new MockHttpServletResponse();
		admission.doFilter(new MockHttpServletRequest("POST", "/graphql"), ready, new MockFilterChain());

		assertThat(starting.getStatus()).isEqualTo(503);
		assertThat(starting.getHeader("Retry-After")).isEqualTo("1");
		assertThat(starting.getContentAsString()).contains("starting");
		assertThat(ready.getStatus()).isEqualTo(200);
	}

	@Test
	void theDefaultAdmitsFourRequestsPerProcessor() {
		assertThat(limits(0, Duration.ZERO).concurrentRequests())
			.isEqualTo(4 * Runtime.getRuntime().availableProcessors());
		assertThat(limits(3, Duration.ZERO).concurrentRequests()).isEqualTo(3);
	}

}
