/**
 * The search index's fragments, `/search-index/<hash>/<name>.json`, fetched by the search worker as queries need
 * them (src/lib/search/fragments.ts). None for a record small enough to be served whole.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { searchIndexFiles } from '../../data/search-index';

export const getStaticPaths = (async () =>
  [...(await searchIndexFiles()).fragments].map(([fragment, body]) => ({
    params: { fragment },
    props: { body },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
