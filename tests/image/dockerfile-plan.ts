import { DockerfileParser, type Copy, type Healthcheck, type Instruction, type JSONInstruction } from 'dockerfile-ast';

/** One instruction of a stage, reduced to what the replay acts on. */
export type Step =
  | { kind: 'workdir'; path: string }
  | { kind: 'env'; vars: Record<string, string> }
  | { kind: 'copy'; from: string | null; sources: string[]; dest: string }
  | { kind: 'run'; shell: string }
  | { kind: 'user'; name: string }
  | { kind: 'volume'; paths: string[] }
  | { kind: 'expose'; port: number }
  | { kind: 'healthcheck'; shell: string }
  | { kind: 'cmd'; argv: string[] };

export interface Stage {
  name: string;
  image: string;
  steps: { text: string; step: Step }[];
}

/** Instructions the replay does not know: it refuses them rather than pass over them in silence. */
const unsupported = (i: Instruction) => new Error(`line ${i.getRange().start.line + 1}: the replay does not handle ${i.getKeyword()} (${i.toString()})`);

function stepOf(i: Instruction): Step {
  const args = i.getArguments().map((a) => a.getValue());
  switch (i.getKeyword()) {
    case 'WORKDIR':
      return { kind: 'workdir', path: args[0]! };
    case 'ENV':
      return {
        kind: 'env',
        vars: Object.fromEntries(
          (i as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] })
            .getProperties()
            .map((p) => [p.getName(), p.getValue() ?? '']),
        ),
      };
    case 'COPY': {
      const copy = i as Copy;
      if (copy.getFlags().some((f) => f.getName() !== 'from')) throw unsupported(i);
      const paths = copy.getJSONStrings().length > 0 ? copy.getJSONStrings().map((s) => s.getJSONValue()) : args;
      return { kind: 'copy', from: copy.getFromFlag()?.getValue() ?? null, sources: paths.slice(0, -1), dest: paths.at(-1)! };
    }
    case 'RUN':
      return { kind: 'run', shell: i.getArgumentsContent()! };
    case 'USER':
      return { kind: 'user', name: args[0]! };
    case 'VOLUME':
      return { kind: 'volume', paths: (i as JSONInstruction).getJSONStrings().map((s) => s.getJSONValue()) };
    case 'EXPOSE':
      return { kind: 'expose', port: Number(args[0]) };
    case 'HEALTHCHECK': {
      const sub = (i as Healthcheck).getSubcommand();
      if (sub?.getValue() !== 'CMD') throw unsupported(i);
      const content = i.getArgumentsContent()!;
      return { kind: 'healthcheck', shell: content.slice(content.indexOf('CMD') + 'CMD'.length).trim() };
    }
    case 'CMD': {
      const argv = (i as JSONInstruction).getJSONStrings().map((s) => s.getJSONValue());
      if (argv.length === 0) throw unsupported(i);
      return { kind: 'cmd', argv };
    }
    default:
      throw unsupported(i);
  }
}

/** The stages of a Dockerfile in order, each with its steps. */
export function planOf(dockerfile: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of DockerfileParser.parse(dockerfile).getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as unknown as { getImage(): string | null; getBuildStage(): string | null };
      stages.push({ name: from.getBuildStage() ?? String(stages.length), image: from.getImage()!, steps: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw unsupported(instruction);
    stage.steps.push({ text: `${instruction.getKeyword()} ${instruction.getArgumentsContent() ?? ''}`.replace(/\s+/g, ' ').trim(), step: stepOf(instruction) });
  }
  return stages;
}
