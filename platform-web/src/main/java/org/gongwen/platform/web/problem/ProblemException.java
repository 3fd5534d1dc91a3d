package org.gongwen.platform.web.problem;

/**
 * Carries a {@link Problem} out of a web adapter. Domain code never throws it: it returns refusals as
 * values, and the adapter that turns them into HTTP answers uses this to leave a reactive chain.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.code() + ": " + problem.messageEn(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
