// One value per object, worked out the first time it is asked for and kept while the object
// lives. Datasets, networks and supply graphs are never changed in place, so it never goes stale.

export function oncePer<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = build(key);
    cache.set(key, value);
    return value;
  };
}
