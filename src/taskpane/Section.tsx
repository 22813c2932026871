import { Subtitle2 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLayoutStyles } from "./layout";

/** A section of a view: its heading (which names it), then its blocks, `spacing` apart. */
export function Section({
  id,
  heading,
  spacing = "M",
  children,
}: {
  /** The heading's id, unique in the pane. */
  id: string;
  heading: ReactNode;
  spacing?: "S" | "M";
  children: ReactNode;
}) {
  const layout = useLayoutStyles();
  return (
    <section aria-labelledby={id} className={spacing === "S" ? layout.stackS : layout.stackM}>
      <Subtitle2 as="h2" block id={id}>
        {heading}
      </Subtitle2>
      {children}
    </section>
  );
}

/** A section whose body is a list of blocks (the children are its <li>s). */
export function ListSection({ id, heading, children }: { id: string; heading: ReactNode; children: ReactNode }) {
  const layout = useLayoutStyles();
  return (
    <Section id={id} heading={heading} spacing="S">
      <ul className={layout.blockList}>{children}</ul>
    </Section>
  );
}
