package org.unionhall.crypto.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.unionhall.crypto.cli.Simulation;

/** Small simulated records for the verifier tests. */
final class RecordFixture {

    private RecordFixture() {
    }

    static Simulation.Outcome simulate(Path dir, int voters, String contest, long seed, Optional<Path> reveal,
            List<String> phases, Simulation.PhaseListener listener) {
        Simulation.Options o = new Simulation.Options(voters, 3, 2, dir, seed, reveal, contest);
        return new Simulation(o).run(phase -> {
            phases.add(phase);
            listener.written(phase);
        });
    }

    static Simulation.Outcome simulate(Path dir, int voters, String contest, long seed) {
        return simulate(dir, voters, contest, seed, Optional.empty(), new ArrayList<>(), p -> { });
    }
}
