/**
 * The demo's customers get names, so the workspace's lists read as people, not ids. A name
 * follows from the id's number (the same on every seed), in English or Chinese, like the
 * demo's texts.
 */
const given = ['Ada', 'Ben', 'Chloe', 'David', 'Emma', 'Felix', 'Grace', 'Hugo', 'Isla', 'Jonas', 'Kofi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tara'];
const family = ['Lovelace', 'Okafor', 'Martin', 'Schmidt', 'Rossi', 'Silva', 'Novak', 'Haddad', 'Kowalski', 'Tanaka', 'Dubois', 'Jensen', 'Moreau', 'Singh', 'Costa', 'Murphy', 'Larsen', 'Ibrahim', 'Petrov', 'Nguyen'];
const chinese = ['王芳', '李娜', '张伟', '刘洋', '陈静', '杨磊', '赵敏', '黄丽', '周杰', '吴婷', '徐强', '孙悦'];

export function demoCustomerName(customerId: string): string {
  const n = Number(/(\d+)$/.exec(customerId)?.[1] ?? 0);
  if (n % 4 === 3) return chinese[Math.floor(n / 4) % chinese.length]!;
  // Family names step by 7 (coprime with 20), so neighbouring ids do not share one.
  return `${given[n % given.length]!} ${family[(n * 7 + Math.floor(n / given.length)) % family.length]!}`;
}

/** The live requests' customers (`--live N`), named before the requests name them. */
export const liveCustomerId = (i: number) => `demo-cust-live-${i}`;
